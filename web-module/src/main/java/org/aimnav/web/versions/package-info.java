/** Curators' page of catalog versions: list, diff, activation (rollback). */
package org.aimnav.web.versions;
