package org.aimnav.recommender.result;

/**
 * One factor of a result's score, explained. The contributions of a result's scored reasons add up
 * to its score; a must-have that the program meets is listed with weight and contribution 0, since
 * it filters rather than scores.
 *
 * @param factor the factor, named like the profile field it reads ({@code interests},
 * {@code deliveryFormat}, {@code freshness})
 * @param weight the factor's configured weight (0 for a must-have)
 * @param value how well the program does on this factor alone, in [0, 1]
 * @param contribution what the factor adds to the score: weight times value over the sum of the
 * weights of the factors that apply
 * @param text a sentence a person reads ("Covers 3 of your 4 interests: ...")
 * @param mustHave whether this is a must-have the program meets
 */
public record Reason(String factor, double weight, double value, double contribution, String text,
		boolean mustHave) {

}
