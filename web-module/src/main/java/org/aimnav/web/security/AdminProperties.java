package org.aimnav.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator account (role ADMIN) that may upload catalogs and activate versions.
 *
 * @param username login name
 * @param password the password (environment {@code AIMNAV_ADMIN_PASSWORD}); when blank, a random
 * one is generated at start and printed once in the log
 */
@ConfigurationProperties("aimnav.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

}
