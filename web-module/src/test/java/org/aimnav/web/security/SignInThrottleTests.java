package org.aimnav.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5), clock);

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
		throttle.succeeded(new AuthenticationSuccessEvent(authentication("10.0.0.1")));
		fail("10.0.0.1");
		assertThat(throttle.secondsLocked("10.0.0.1")).isZero();
	}

	private void fail(String address) {
		throttle.failed(new AuthenticationFailureBadCredentialsEvent(authentication(address),
				new BadCredentialsException("wrong password")));
	}

	private static TestingAuthenticationToken authentication(String address) {
		TestingAuthenticationToken token = new TestingAuthenticationToken("admin", "guess");
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
