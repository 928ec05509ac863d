package org.aimnav.recommender.result;

/** A program id that the catalog version asked about does not hold. */
public class ProgramNotFoundException extends RuntimeException {

	private final String programId;

	public ProgramNotFoundException(String programId, int catalogVersion) {
		super("Program '" + programId + "' is not in catalog version " + catalogVersion);
		this.programId = programId;
	}

	public String programId() {
		return programId;
	}

}
