package org.aimnav.web.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.ingest.ImportProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * The last stop for errors that no controller handled: unknown paths, wrong methods or media
 * types, failures in filters. API paths, and clients that do not ask for HTML, get problem+json;
 * people get the error page. Neither ever shows a stack trace or an exception message.
 */
@Controller
public class ProblemErrorController implements ErrorController {

	/**
	 * A request attribute in which the code that sent the error may say what was wrong, in words
	 * fit for the client; without it the detail is a general one for the status.
	 */
	public static final String DETAIL = ProblemErrorController.class.getName() + ".detail";

	private final JsonMapper json;

	private final ImportProperties importProperties;

	ProblemErrorController(JsonMapper json, ImportProperties importProperties) {
		this.json = json;
		this.importProperties = importProperties;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (isApi(request) || !acceptsHtml(request)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem(status, request));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("detail", request.getAttribute(DETAIL));
		// Only an upload can be too large here: the page says the limit and leads back to the form.
		page.addObject("maxFileSize", importProperties.maxFileSizeText());
		return page;
	}

	private static Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, request));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path.toString());
		}
		return problem;
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		if (request.getAttribute(DETAIL) instanceof String detail) {
			return detail;
		}
		return switch (status) {
			case NOT_FOUND -> "There is nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
			case METHOD_NOT_ALLOWED -> "This path does not accept this HTTP method.";
			case UNSUPPORTED_MEDIA_TYPE -> "The request body has a media type this path does not accept.";
			case NOT_ACCEPTABLE -> "This path cannot answer in the media type the request asks for.";
			case PAYLOAD_TOO_LARGE -> "The request body is larger than this server accepts.";
			case UNAUTHORIZED -> "This operation needs an administrator's credentials.";
			case FORBIDDEN -> "This operation needs role ADMIN.";
			case BAD_REQUEST -> "The request could not be understood.";
			default -> status.is5xxServerError()
					? "The request could not be completed because of an unexpected error; it has been logged."
					: "The request could not be processed.";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return path != null && path.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		List<MediaType> types = MediaType.parseMediaTypes(accept);
		return types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
