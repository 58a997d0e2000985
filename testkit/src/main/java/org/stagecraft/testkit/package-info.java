/**
 * AssertJ assertions for sales-process rules: start from {@link
 * org.stagecraft.testkit.StagecraftAssertions#assertThat} for conversations, violations,
 * scorecards and playbooks, or collect every failure with {@link
 * org.stagecraft.testkit.StagecraftSoftAssertions}. Failure messages show what was expected, what
 * was found and the context needed to fix it (stage history, missing criteria, score ids).
 */
@NullMarked
package org.stagecraft.testkit;

import org.jspecify.annotations.NullMarked;
