/** Authentication and authorization: public reads, ADMIN for every change, one admin account. */
package org.aimnav.web.security;
