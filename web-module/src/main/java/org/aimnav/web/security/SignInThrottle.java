package org.aimnav.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.web.system.ProblemErrorController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords from one address within
 * the lockout period, that address may not try again (HTTP Basic on the API, the sign-in form on
 * the pages) until the period has passed since its last failure: 429 with {@code Retry-After}.
 * Requests without credentials are never held up, and a successful sign-in clears the count. One
 * instance's memory: each instance counts the attempts it sees.
 */
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** Addresses kept at most: a flood of addresses cannot grow the memory without bound. */
	private static final int MAX_TRACKED = 10_000;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	SignInThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** The filter that refuses sign-ins from a locked address, for both security filter chains. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
				boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
				boolean form = "POST".equals(request.getMethod())
						&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
				return !(basic || form);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				long wait = secondsLocked(request.getRemoteAddr());
				if (wait <= 0) {
					chain.doFilter(request, response);
					return;
				}
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
				request.setAttribute(ProblemErrorController.DETAIL, String.format("Too many wrong passwords from this "
						+ "address: signing in is refused for %d more seconds.", wait));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			}

		};
	}

	/** How long an address must still wait before it may try a password again; 0 when it may. */
	long secondsLocked(String address) {
		Failures recorded = failures.get(address);
		if (recorded == null || recorded.count() < maxFailures) {
			return 0;
		}
		long left = Duration.between(clock.instant(), recorded.last().plus(lockout)).toSeconds();
		if (left <= 0) {
			failures.remove(address, recorded);
			return 0;
		}
		return left;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
			return;
		}
		Instant now = clock.instant();
		if (failures.size() >= MAX_TRACKED) {
			failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
		}
		Failures counted = failures.merge(details.getRemoteAddress(), new Failures(1, now),
				(old, one) -> old.last().plus(lockout).isBefore(now) ? one : new Failures(old.count() + 1, now));
		if (counted.count() == maxFailures) {
			log.warn("{} wrong passwords from {}: sign-ins from there are refused for {} s", maxFailures,
					details.getRemoteAddress(), lockout.toSeconds());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			failures.remove(details.getRemoteAddress());
		}
	}

	/** Wrong passwords from one address: how many, the last one when. */
	record Failures(int count, Instant last) {
	}

}
