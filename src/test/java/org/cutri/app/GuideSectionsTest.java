package org.cutri.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cutri.help.GuideText;
import org.cutri.help.UserGuide;
import org.junit.jupiter.api.Test;

/** F1 on every screen of the sidebar opens the user guide at a section the shipped guide really has. */
class GuideSectionsTest {

    @Test
    void everyScreenOfTheSidebarHasItsSectionInTheShippedGuide() {
        Set<String> headings = UserGuide.read().orElseThrow().stream()
                .filter(GuideText.Heading.class::isInstance)
                .map(b -> ((GuideText.Heading) b).title())
                .collect(Collectors.toSet());

        // A heading renamed in the guide (or a new screen without a section) is named here, with its screen.
        List<String> missing = Arrays.stream(Area.values())
                .filter(area -> !headings.contains(area.guideSection()))
                .map(area -> area + " → \"" + area.guideSection() + "\"")
                .toList();
        assertThat(missing).as("screens whose section of the user guide is not a heading there").isEmpty();
    }
}
