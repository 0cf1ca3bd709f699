package org.policykg.document;

/** What a statement does with a node it names. */
public enum Role {
    GOAL, REFORM, PRINCIPLE, RESPONSIBLE_ACTOR, MENTION
}
