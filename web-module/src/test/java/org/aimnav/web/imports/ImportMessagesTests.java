package org.aimnav.web.imports;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The import pages' sentences that change with a number, read from the application's messages. */
class ImportMessagesTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void thePolicyCountsTheRejectedRowsAllowedInWords() {
		assertThat(policy(0)).isEqualTo("Replace the catalog; no rejected rows allowed ");
		assertThat(policy(1)).isEqualTo("Replace the catalog; up to 1 rejected row allowed ");
		assertThat(policy(25_000)).isEqualTo("Replace the catalog; up to 25,000 rejected rows allowed ");
	}

	private String policy(long maxRejectedRows) {
		return messages.getMessage("imports.policy.text", new Object[] { "Replace the catalog", maxRejectedRows, "" },
				Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
