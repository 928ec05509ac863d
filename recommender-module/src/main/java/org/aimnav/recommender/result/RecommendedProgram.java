package org.aimnav.recommender.result;

import java.util.List;

/**
 * One recommended program.
 *
 * @param rank 1 for the first result
 * @param programId the program's stable id
 * @param programName its name
 * @param institution who offers it
 * @param score its relevance in [0, 1], the weighted mean of the factors that apply (the order
 * can differ slightly from the score order where diversity moved a result)
 * @param reasons must-haves met first, then the scored factors by contribution
 */
public record RecommendedProgram(int rank, String programId, String programName, String institution, double score,
		List<Reason> reasons) {

}
