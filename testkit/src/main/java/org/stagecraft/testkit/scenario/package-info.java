/**
 * A scenario DSL for scripted sales conversations: seller and prospect lines (classified into
 * signals), explicit signals, stage requests and touches, each followed by the expectations to
 * check right after it. Start with {@link org.stagecraft.testkit.scenario.Scenario#of}.
 */
@NullMarked
package org.stagecraft.testkit.scenario;

import org.jspecify.annotations.NullMarked;
