/**
 * The catalog module: programs and the topic taxonomy (the domain of the catalog CSV format),
 * catalog versions, their schema (Flyway migrations under {@code db/}), catalog queries and
 * catalog statistics. It depends on no other module of AIM Navigator.
 */
package org.aimnav.catalog;
