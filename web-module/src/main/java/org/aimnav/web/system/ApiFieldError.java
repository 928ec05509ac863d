package org.aimnav.web.system;

/**
 * One invalid input of an API request, in the {@code errors} array of a problem+json answer.
 *
 * @param field the request field or parameter, as the client spelled it ({@code deliveryFormats[1]})
 * @param code a stable code ({@code ENUM}, {@code TYPE}, {@code RANGE}, {@code REQUIRED}, ...)
 * @param message what is wrong and what is allowed
 */
public record ApiFieldError(String field, String code, String message) {

}
