/**
 * The catalog import as a Spring Batch job and the service that runs it: storing uploads, the
 * one-at-a-time lock in the database, launching and restarting jobs on their own threads, the
 * job's reader, writer and steps, the import tables, and the recovery of imports whose instance
 * died. Everything here is internal; the module's API is {@link org.aimnav.ingest.Imports}.
 */
package org.aimnav.ingest.job;
