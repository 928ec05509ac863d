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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
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

	/**
	 * Past this many addresses, those whose lockout has passed are dropped at the next failure, so
	 * that the memory follows the addresses guessing now rather than every address that ever did.
	 */
	private static final int MAX_TRACKED = 10_000;

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	/** Locks that serialise the password checks of one address (and of the few sharing its stripe). */
	private final Object[] stripes = new Object[64];

	SignInThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Object();
		}
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

	/**
	 * Checks the passwords sent from one address one at a time, and refuses to check any once the
	 * address is locked: parallel guesses could otherwise all be checked before the first failures
	 * were counted (a QA run got 22 checks out of 150 at once). Refused checks answer 401 like a
	 * wrong password but are not counted; checking is a short step of a request, so even parallel
	 * requests of a signed-in script barely notice.
	 */
	AuthenticationProvider guard(AuthenticationProvider provider) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				if (!(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
					return provider.authenticate(authentication);
				}
				String address = details.getRemoteAddress();
				synchronized (stripes[Math.floorMod(address.hashCode(), stripes.length)]) {
					if (secondsLocked(address) > 0) {
						throw new LockedException("Too many wrong passwords from this address");
					}
					try {
						Authentication authenticated = provider.authenticate(authentication);
						if (authenticated != null) {
							failures.remove(address);
						}
						return authenticated;
					}
					catch (BadCredentialsException ex) {
						failed(address);
						throw ex;
					}
				}
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return provider.supports(authentication);
			}

		};
	}

	private void failed(String address) {
		Instant now = clock.instant();
		if (failures.size() >= MAX_TRACKED) {
			failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
		}
		Failures counted = failures.merge(address, new Failures(1, now),
				(old, one) -> old.last().plus(lockout).isBefore(now) ? one : new Failures(old.count() + 1, now));
		if (counted.count() == maxFailures) {
			log.warn("{} wrong passwords from {}: sign-ins from there are refused for {} s", maxFailures, address,
					lockout.toSeconds());
		}
	}

	/** Wrong passwords from one address: how many, the last one when. */
	record Failures(int count, Instant last) {
	}

}
