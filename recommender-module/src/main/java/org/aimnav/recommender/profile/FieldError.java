package org.aimnav.recommender.profile;

/**
 * One problem with a learner profile: the field as the API names it ({@code goals[1]}), a stable
 * code ({@code invalid_value}, {@code unknown_topic}, {@code out_of_range}, {@code too_long},
 * {@code required}, {@code invalid_country}) and a message a person can act on, which lists the
 * allowed values where there is a list.
 */
public record FieldError(String field, String code, String message) {

}
