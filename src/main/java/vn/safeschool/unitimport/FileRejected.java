package vn.safeschool.unitimport;

/** The file as a whole cannot be read; carries the translated reason. */
class FileRejected extends Exception {

    private final transient ImportProblem problem;

    FileRejected(String key, Object... args) {
        super(key, null, false, false);
        this.problem = ImportProblem.file(key, args);
    }

    ImportProblem problem() {
        return problem;
    }
}
