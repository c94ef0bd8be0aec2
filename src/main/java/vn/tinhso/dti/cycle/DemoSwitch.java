package vn.tinhso.dti.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo DTI periods are loaded on first start, {@code tinhso.demo.dti} (beside the platform's other demo
 * switches; demo data as a whole must be on too).
 *
 * @param dti load a published demo period of departments and the year before it
 */
@ConfigurationProperties("tinhso.demo")
public record DemoSwitch(@DefaultValue("true") boolean dti) {
}
