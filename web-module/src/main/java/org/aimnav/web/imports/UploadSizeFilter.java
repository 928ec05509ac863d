package org.aimnav.web.imports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.ingest.ImportProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload whose declared size is over {@code aimnav.import.max-file-size} with 413
 * before its body is read: a 5 GB file is turned away at once instead of after it has been spooled
 * to disk. Uploads without a declared size are still measured by the import itself.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	/** Room for the multipart boundaries and the small form fields around the file. */
	private static final long MULTIPART_OVERHEAD = 64 * 1024;

	private final long limit;

	private final JsonMapper json;

	UploadSizeFilter(ImportProperties properties, JsonMapper json) {
		this.limit = properties.maxFileSize().toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(path.equals("/api/v1/imports") || path.equals("/admin/imports"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared <= limit + MULTIPART_OVERHEAD) {
			chain.doFilter(request, response);
			return;
		}
		// The same words as when the limit is only noticed while the file is stored.
		String detail = ImportProperties.tooLargeMessage(limit);
		if (request.getRequestURI().contains("/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", "File too large");
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setHeader("Connection", "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
		}
	}

}
