package vn.tinhso.dti.cycle;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled tasks: the DTI's morning reminders. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
