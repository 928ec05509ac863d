package org.aimnav.web;

import java.util.Arrays;

import org.aimnav.web.imports.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * AIM Navigator: the web application that wires the catalog, ingest and recommender modules. With
 * {@code import FILE ...} as arguments it is the command line that imports a catalog file instead
 * (see {@link ImportCommand}).
 */
@SpringBootApplication(scanBasePackages = "org.aimnav")
public class AimNavigatorApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(AimNavigatorApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && !args[0].startsWith("-")) {
			// A mistyped command ("imprt") must not start the platform instead.
			System.err.println("Unknown command: " + args[0] + ". The one command is: import FILE [options]; without a "
					+ "command the platform starts (settings as --name=value).");
			System.exit(64);
		}
		SpringApplication.run(AimNavigatorApplication.class, args);
	}

}
