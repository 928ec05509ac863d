package org.aimnav.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5), clock);

	/** Accepts the password "right" and nothing else, counting the checks it makes. */
	private final AtomicInteger checks = new AtomicInteger();

	private final AuthenticationProvider passwords = throttle.guard(new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			checks.incrementAndGet();
			if (!"right".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("wrong password");
			}
			return authentication;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	});

	@Test
	void anAddressIsLockedAfterTheLastOfItsAllowedFailuresForTheLockoutFromItsLastFailure() {
		fail("10.0.0.1");
		fail("10.0.0.1");
		assertThat(throttle.secondsLocked("10.0.0.1")).isZero();

		clock.advance(Duration.ofMinutes(1));
		fail("10.0.0.1");

		assertThat(throttle.secondsLocked("10.0.0.1")).isEqualTo(300);
		assertThat(throttle.secondsLocked("10.0.0.2")).as("another address").isZero();
		clock.advance(Duration.ofSeconds(299));
		assertThat(throttle.secondsLocked("10.0.0.1")).isEqualTo(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.secondsLocked("10.0.0.1")).isZero();
	}

	@Test
	void failuresFurtherApartThanTheLockoutStartTheCountAgainAndASuccessClearsIt() {
		fail("10.0.0.1");
		fail("10.0.0.1");
		clock.advance(Duration.ofMinutes(6));
		fail("10.0.0.1");
		assertThat(throttle.secondsLocked("10.0.0.1")).as("one failure in the current period").isZero();

		fail("10.0.0.1");
		passwords.authenticate(authentication("10.0.0.1", "right"));
		fail("10.0.0.1");
		assertThat(throttle.secondsLocked("10.0.0.1")).isZero();
	}

	@Test
	void aLockedAddressGetsNoPasswordCheckedEvenTheRightOne() {
		fail("10.0.0.1");
		fail("10.0.0.1");
		fail("10.0.0.1");
		int checked = checks.get();

		assertThatThrownBy(() -> passwords.authenticate(authentication("10.0.0.1", "right")))
			.isInstanceOf(LockedException.class);
		assertThat(checks.get()).isEqualTo(checked);
	}

	@Test
	void guessesSentAllAtOnceGetNoMorePasswordsCheckedThanTheLimit() throws InterruptedException {
		ExecutorService guessers = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < 40; i++) {
			guessers.submit(() -> {
				start.await();
				try {
					passwords.authenticate(authentication("10.0.0.9", "guess"));
				}
				catch (AuthenticationException ex) {
					// Wrong or locked: both are expected here.
				}
				return null;
			});
		}
		start.countDown();
		guessers.shutdown();
		assertThat(guessers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(checks.get()).isEqualTo(3);
	}

	private void fail(String address) {
		assertThatThrownBy(() -> passwords.authenticate(authentication(address, "guess")))
			.isInstanceOf(BadCredentialsException.class);
	}

	private static TestingAuthenticationToken authentication(String address, String password) {
		TestingAuthenticationToken token = new TestingAuthenticationToken("admin", password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return token;
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
