package org.aimnav.recommender.demand;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedRequestTests {

	@Test
	void mustHavesReadAsAPersonWouldSayThemOnTheDashboardInTheirOwnOrder() {
		LearnerProfile profile = LearnerProfile.builder()
			.maxDurationMonths("1")
			.country("BR")
			.priorDegree(PriorDegree.NONE)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.credentials(Credential.PHD)
			.mustHave(MustHave.DURATION, MustHave.COUNTRY, MustHave.PRIOR_DEGREE, MustHave.DELIVERY_FORMAT,
					MustHave.CREDENTIAL)
			.build();

		assertThat(LoggedRequest.mustHaveLabel(profile)).isEqualTo(
				"up to 1 month, online, in Brazil or online, PhD, open to learners with no prior degree");
		assertThat(LoggedRequest.mustHaveKey(profile))
			.isEqualTo("duration<=1;deliveryFormat=online;country=BR;credential=phd;priorDegree=none");
	}

	@Test
	void rolesAndGoalsAreHeadedLikeTheTopicsBesideThem() {
		assertThat(DemandAnalytics.heading("a career change")).isEqualTo("Career change");
		assertThat(DemandAnalytics.heading("data scientist")).isEqualTo("Data scientist");
		assertThat(DemandAnalytics.heading("an executive program")).isEqualTo("Executive program");
	}

}
