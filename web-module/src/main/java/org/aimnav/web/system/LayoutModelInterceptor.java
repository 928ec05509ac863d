package org.aimnav.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.catalog.version.CatalogVersions;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page what the shared layout shows (the current catalog version in the footer), only
 * when a view is rendered: JSON answers and redirects pay nothing.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModelInterceptor implements WebMvcConfigurer {

	private final CatalogVersions versions;

	LayoutModelInterceptor(CatalogVersions versions) {
		this.versions = versions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")) {
					versions.currentVersion().ifPresent(v -> view.addObject("layoutCatalogVersion", v));
				}
			}
		}).excludePathPatterns("/api/**", "/webjars/**", "/assets/**");
	}

}
