package org.aimnav.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded default database at the data folder ({@code aimnav.data-dir}, environment
 * {@code AIMNAV_DATA_DIR}, default {@code ./data}) unless a datasource URL was given. The folder
 * is made absolute and created first, so that {@code AIMNAV_DATA_DIR=data} works as well as
 * {@code ./data} or {@code /srv/aimnav} (H2 refuses implicit relative paths).
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "aimnavEmbeddedDatabase";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("aimnav.data-dir", "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + dataDir, ex);
		}
		String url = embeddedDatabaseUrl(dataDir);
		environment.getPropertySources()
			.addLast(new MapPropertySource(SOURCE_NAME,
					Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
							"spring.datasource.password", "")));
	}

	/**
	 * The H2 file database in the data folder. Through H2's {@code retry:} file system: on the plain
	 * one, a thread interrupted while H2 reads or writes the file (a snapshot build when the
	 * application stops, an import when the process is told to end) closes the file under every
	 * connection, and what is committed after that is silently lost: a command-line import that
	 * printed PUBLISHED left no catalog behind. {@code retry:} reopens the file and carries on.
	 */
	static String embeddedDatabaseUrl(Path dataDir) {
		// A page runs a dozen distinct queries (results, counts, facets); H2 keeps 8 parsed queries per
		// connection unless told otherwise, and parsing them again dominated a catalog search.
		// DB_CLOSE_ON_EXIT=FALSE: the database closes with the connection pool, after the application
		// has stopped what uses it, not from H2's own shutdown hook under a running import.
		return "jdbc:h2:retry:" + dataDir.resolve("aimnav").toString().replace('\\', '/')
				+ ";QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE";
	}

	@Override
	public int getOrder() {
		// After the config data (application.properties, profiles) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
