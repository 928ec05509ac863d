package org.aimnav.recommender;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the recommender module (with the catalog it imports) on whichever database a test names. */
@SpringBootApplication
public class RecommenderTestApplication {

}
