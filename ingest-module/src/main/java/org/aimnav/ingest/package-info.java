/**
 * The ingest module: imports of catalog CSV files (journey 1). Its API is this package;
 * everything in the sub-packages is internal.
 *
 * <ul>
 * <li>{@link org.aimnav.ingest.Imports}: submit an upload (asynchronous, returns a
 * {@link org.aimnav.ingest.ImportRun} at once), run a file and wait (command line, first start),
 * find one import, the history, an import's problems (paged, counted by code, or as a
 * formula-safe CSV), restart a failed import.</li>
 * <li>{@link org.aimnav.ingest.ImportOptions}: the policy of one import: mode (replace or merge),
 * dry run, how many rejected rows still allow publishing.</li>
 * <li>{@link org.aimnav.ingest.ImportRun}, {@link org.aimnav.ingest.ImportStatus},
 * {@link org.aimnav.ingest.ImportProblem}, {@link org.aimnav.ingest.ProblemCode},
 * {@link org.aimnav.ingest.ImportProgress}: what an import reports.</li>
 * <li>Exceptions the web layer maps to HTTP: {@link org.aimnav.ingest.ImportRefusedException} (400,
 * or 413 when {@code tooLarge()}), {@link org.aimnav.ingest.ImportInProgressException} (409),
 * {@link org.aimnav.ingest.ImportNotFoundException} (404),
 * {@link org.aimnav.ingest.ImportNotRestartableException} (409).</li>
 * <li>{@link org.aimnav.ingest.ImportProperties}: settings under {@code aimnav.import}.</li>
 * </ul>
 *
 * <p>The application must set {@code spring.batch.job.enabled=false} and
 * {@code spring.batch.jdbc.initialize-schema=never}: the Batch schema is Flyway migration V2, the
 * import tables V3.
 */
package org.aimnav.ingest;
