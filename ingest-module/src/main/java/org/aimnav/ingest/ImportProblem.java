package org.aimnav.ingest;

/**
 * One problem of one rejected row.
 *
 * @param line the physical line of the file where the row starts (1 is the header; line breaks
 * inside quoted values and empty lines are counted)
 * @param column the column's header name as the format spells it ({@code tuition_usd}); null for
 * a problem of the whole row
 * @param code the rule that was broken
 * @param message what is wrong, in words a curator understands
 * @param value the offending value, shortened when long; null when there is none
 */
public record ImportProblem(long line, String column, ProblemCode code, String message, String value) {

}
