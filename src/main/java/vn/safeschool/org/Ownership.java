package vn.safeschool.org;

public enum Ownership {
    PUBLIC,
    NON_PUBLIC
}
