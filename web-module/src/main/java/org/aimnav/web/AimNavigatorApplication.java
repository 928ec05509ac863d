package org.aimnav.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** AIM Navigator: the web application that wires the catalog, ingest and recommender modules. */
@SpringBootApplication(scanBasePackages = "org.aimnav")
public class AimNavigatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AimNavigatorApplication.class, args);
	}

}
