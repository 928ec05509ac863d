package org.aimnav.web.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Public reads, ADMIN for every change; 401/403 as problem+json on the API. */
class SecurityTests extends ServerTestSupport {

	@Test
	void catalogReadsArePublic() {
		assertThat(get("/api/v1/programs").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/catalog/versions").statusCode()).isEqualTo(200);
		assertThat(getHtml("/programs").statusCode()).isEqualTo(200);
	}

	@Test
	void activatingAVersionNeedsAnAdministrator() {
		int current = 0;
		for (var version : body(get("/api/v1/catalog/versions"))) {
			if (version.get("current").asBoolean()) {
				current = version.get("version").asInt();
			}
		}
		HttpRequest.Builder activate = HttpRequest.newBuilder(uri("/api/v1/catalog/versions/" + current + "/activate"))
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody());

		HttpResponse<String> anonymous = send(activate.build());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Basic"));

		String wrong = java.util.Base64.getEncoder().encodeToString("admin:guess".getBytes());
		HttpResponse<String> guessed = send(HttpRequest.newBuilder(uri("/api/v1/catalog/versions/" + current + "/activate"))
			.header("Authorization", "Basic " + wrong)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(guessed.statusCode()).isEqualTo(401);

		HttpResponse<String> admin = send(asAdmin(activate).build());
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(body(admin).get("current").asBoolean()).isTrue();
	}

	@Test
	void importsNeedAnAdministratorEvenToRead() {
		assertThat(get("/api/v1/imports").statusCode()).isEqualTo(401);
	}

	@Test
	void adminPagesSendPeopleToTheLoginForm() {
		HttpResponse<String> response = getHtml("/admin/imports");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void theLoginFormCarriesACsrfToken() {
		HttpResponse<String> login = getHtml("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefusedAsAnExpiredFormNotAsAMissingSignIn() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD))
			.build());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("This form has expired").doesNotContain("sign in with an administrator");
	}

	@Test
	void afterTenWrongPasswordsAnAddressMayNotTryAgainUntilTheLockoutHasPassed() throws InterruptedException {
		String wrong = java.util.Base64.getEncoder().encodeToString("admin:guess".getBytes());
		HttpRequest.Builder guess = HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Authorization", "Basic " + wrong)
			.header("Accept", "application/json");
		for (int i = 0; i < 10; i++) {
			assertThat(send(guess.GET().build()).statusCode()).as("guess " + (i + 1)).isEqualTo(401);
		}

		HttpResponse<String> locked = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports"))).GET().build());
		assertThat(locked.statusCode()).as("even the right password, for now").isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(0, 2));
		assertThat(body(locked).get("detail").asString()).startsWith("Too many wrong passwords from this address");
		assertThat(get("/api/v1/programs?size=1").statusCode()).as("requests without credentials go on").isEqualTo(200);

		Thread.sleep(2100);
		assertThat(send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports"))).GET().build()).statusCode())
			.isEqualTo(200);
	}

}
