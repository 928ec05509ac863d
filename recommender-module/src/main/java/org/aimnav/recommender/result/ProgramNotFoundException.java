package org.aimnav.recommender.result;

/** A program id that the catalog version asked about does not hold. */
public class ProgramNotFoundException extends RuntimeException {

	private final String programId;

	private final int catalogVersion;

	public ProgramNotFoundException(String programId, int catalogVersion) {
		super("Program '" + programId + "' is not in catalog version " + catalogVersion);
		this.programId = programId;
		this.catalogVersion = catalogVersion;
	}

	public String programId() {
		return programId;
	}

	/** The version that was asked, the one the recommender answered from. */
	public int catalogVersion() {
		return catalogVersion;
	}

}
