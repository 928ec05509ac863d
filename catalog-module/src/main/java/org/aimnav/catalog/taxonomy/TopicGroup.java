package org.aimnav.catalog.taxonomy;

import java.util.List;

/** Topics shown together, for example as one group of checkboxes. */
public record TopicGroup(String name, List<Topic> topics) {

}
