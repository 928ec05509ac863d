package org.aimnav.recommender.profile;

/**
 * A ready-made profile that a page can offer as a starting point: one of the people the product is
 * built for (PRODUCT.md, "Who uses it").
 *
 * @param key a stable identifier ({@code clinician})
 * @param label a short name for a button
 * @param description who this is, in a sentence
 * @param profile the profile it stands for
 */
public record Persona(String key, String label, String description, LearnerProfile profile) {

}
