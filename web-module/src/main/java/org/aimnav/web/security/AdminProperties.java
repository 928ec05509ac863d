package org.aimnav.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator account (role ADMIN) that may upload catalogs and activate versions.
 *
 * @param username login name
 * @param password the password (environment {@code AIMNAV_ADMIN_PASSWORD}); when blank, a random
 * one is generated at start and printed once in the log
 * @param maxFailedSignIns wrong passwords from one address after which it may not try again until
 * {@code signInLockout} has passed since the last
 * @param signInLockout how long an address that guessed too often waits
 */
@ConfigurationProperties("aimnav.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("10") int maxFailedSignIns, @DefaultValue("5m") Duration signInLockout) {

	public AdminProperties {
		if (maxFailedSignIns < 1) {
			throw new IllegalArgumentException("aimnav.admin.max-failed-sign-ins must be at least 1");
		}
	}

}
