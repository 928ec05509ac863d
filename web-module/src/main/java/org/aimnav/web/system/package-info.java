/** Cross-cutting web configuration: problem+json errors, the error page, request conversions. */
package org.aimnav.web.system;
