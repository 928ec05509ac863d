package org.aimnav.web.system;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests itself, before the application sees them: a path whose
 * percent-encoding is not UTF-8 ({@code /api/v1/programs/%FF}), a request line or headers over the
 * limit. Its own report is an HTML page, on the API too; this one answers problem+json, as every
 * other error of the platform does, and says what to fix. Errors the application handles never
 * reach it (they already have a body).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known != null ? known.getReasonPhrase() : "Error";
		String detail = switch (status) {
			case 400 -> "The request could not be read: its path or query is not valid (a percent-encoded byte "
					+ "that is not UTF-8, such as %FF, or a character that must be percent-encoded), or its request "
					+ "line or headers are larger than the server accepts.";
			case 505 -> "This HTTP version is not supported.";
			default -> status >= 500 ? "The request could not be completed because of an unexpected error."
					: "The request could not be processed.";
		};
		try {
			// A person's browser gets a page; everyone else problem+json. The texts hold no markup
			// or quotes, and nothing of the request is echoed.
			boolean page = wantsHtml(request.getHeader("Accept")) && !request.getRequestURI().startsWith("/api/");
			response.setContentType(page ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page
						? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " · " + title
								+ " · AIM Navigator</title></head><body><h1>" + status + " · " + title + "</h1><p>" + detail
								+ "</p><p><a href=\"/\">Go to the home page</a></p></body></html>"
						: "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
								+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response already started: nothing more can be said.
		}
	}

	private static boolean wantsHtml(String accept) {
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
