package org.aimnav.web.system;

import org.aimnav.catalog.program.CodedValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters name enumerated values as the API and the CSV format do ({@code part_time},
 * read leniently: {@code Part-time}); an unknown value fails with the list of allowed ones.
 */
@Configuration(proxyBeanMethods = false)
class CodedValueConverters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CodedValueConverterFactory());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class CodedValueConverterFactory implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			if (!CodedValue.class.isAssignableFrom(targetType)) {
				return source -> (T) Enum.valueOf(targetType, source.strip());
			}
			return source -> source.isBlank() ? null : (T) CodedValue.require((Class) targetType, source);
		}

	}

}
