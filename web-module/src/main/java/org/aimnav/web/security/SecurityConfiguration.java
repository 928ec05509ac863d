package org.aimnav.web.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.web.system.ProblemErrorController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Reading the catalog, recommendations and dashboards is public; everything that
 * changes data (imports, version activation, the admin pages) needs role ADMIN. The API speaks
 * HTTP Basic and answers 401/403 as problem+json; the pages use a login form with CSRF protection.
 * The command line (no web server) needs none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String ADMIN = "ADMIN";

	@Bean
	SignInThrottle signInThrottle(AdminProperties admin, Clock clock) {
		return new SignInThrottle(admin.maxFailedSignIns(), admin.signInLockout(), clock);
	}

	/** The administrator's password check, behind the sign-in throttle: for HTTP Basic and the form alike. */
	private static AuthenticationManager signIn(UserDetailsService administrators, PasswordEncoder encoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(administrators);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(throttle.guard(passwords));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, SignInThrottle throttle,
			UserDetailsService administrators, PasswordEncoder encoder) throws Exception {
		ProblemSecurityHandler problems = new ProblemSecurityHandler(json);
		http.securityMatcher("/api/**")
			.authenticationManager(signIn(administrators, encoder, throttle))
			.addFilterBefore(throttle.filter(), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/imports", "/api/v1/imports/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/v1/catalog/versions/*/activate")
				.hasRole(ADMIN)
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// A stateless API authenticated on every request: no session, so no CSRF exposure.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, SignInThrottle throttle, UserDetailsService administrators,
			PasswordEncoder encoder) throws Exception {
		http.authenticationManager(signIn(administrators, encoder, throttle))
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
			.hasRole(ADMIN)
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfiguration::pageAccessDenied));
		return http.build();
	}

	/**
	 * A form sent without its token, or with one from before the session it is sent in (a tab
	 * left open across a sign-in or a restart), is refused like any forbidden request; but the
	 * curator is signed in, and "sign in as an administrator" would send them the wrong way.
	 */
	private static void pageAccessDenied(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		if (denied instanceof CsrfException) {
			request.setAttribute(ProblemErrorController.DETAIL, "This form has expired: it was opened before your "
					+ "current session began (or the page is too old). Reload the page and send the form again.");
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder) {
		String password = admin.password();
		if (password == null || password.isBlank()) {
			password = randomPassword();
			// Printed once, on purpose: the only way to learn a generated password.
			log.warn("No admin password was set (AIMNAV_ADMIN_PASSWORD). Generated password for '{}': {}",
					admin.username(), password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(admin.username()).password(encoder.encode(password)).roles(ADMIN).build());
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
