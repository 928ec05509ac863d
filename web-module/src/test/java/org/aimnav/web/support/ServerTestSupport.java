package org.aimnav.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import org.aimnav.web.AimNavigatorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform on a random port over real HTTP, on a fresh embedded H2 file database in
 * {@code target/tmp}: what a user meets. Every test class that extends this shares one running
 * server (one Spring context for the whole test JVM).
 */
@SpringBootTest(classes = AimNavigatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aimnav.data-dir=" + ServerTestSupport.DATA_DIR,
				"aimnav.admin.password=" + ServerTestSupport.ADMIN_PASSWORD, "aimnav.import.max-file-size=5MB",
				// Short, so that the test of the sign-in throttle leaves no address locked for long.
				"aimnav.admin.sign-in-lockout=2s" })
public abstract class ServerTestSupport {

	public static final String DATA_DIR = "target/tmp/server-tests";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	static {
		// A fresh data folder per test JVM: the platform's first start is part of what is tested.
		deleteRecursively(Path.of(DATA_DIR));
	}

	protected static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JsonMapper json;

	protected URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + port + pathAndQuery);
	}

	protected HttpResponse<String> get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "application/json").GET().build());
	}

	protected HttpResponse<String> getHtml(String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html").GET().build());
	}

	protected HttpResponse<String> postJson(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	protected HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
		String token = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return request.header("Authorization", "Basic " + token);
	}

	protected HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
