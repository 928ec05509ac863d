/**
 * Learner profiles: what a learner states ({@link org.aimnav.recommender.profile.LearnerProfile}),
 * the wire form a client sends ({@link org.aimnav.recommender.profile.ProfileRequest}), the rules
 * that turn one into the other with every problem named
 * ({@link org.aimnav.recommender.profile.ProfileValidator},
 * {@link org.aimnav.recommender.profile.FieldError}), and the ready-made personas a page offers.
 */
package org.aimnav.recommender.profile;
