package org.aimnav.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page for curators; Spring Security handles the form's POST. */
@Controller
class LoginController {

	/**
	 * Reads the page's parameters here, before the template does: a query Tomcat cannot decode
	 * ({@code ?error=%FF}) is then a 400 from the advice for such requests, not a 500 mid-render.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
		return "login";
	}

}
