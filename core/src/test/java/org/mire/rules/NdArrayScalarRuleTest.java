package org.mire.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import ai.djl.ndarray.NDArray;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DJL 0.35.1's {@code NDArray.mul/div/maximum/minimum/pow(Number)} (and their in-place forms) build a 0-d tensor
 * over a Java buffer and free it right after the op, while autograd may keep it for the backward pass: a garbage
 * collection in between makes the backward read freed memory (the intermittent NaN of the old Java encoder,
 * docs/decisions/0004-encoder-engine.md). No code may call them; make the scalar an NDArray that stays open until
 * the step ends.
 */
class NdArrayScalarRuleTest {
    private static final String[] METHODS = {"mul", "div", "maximum", "minimum", "pow", "muli", "divi", "powi"};

    @Test
    void noCodeCallsTheNumberOverloadsOfNdArrayArithmetic() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mire");
        for (String method : METHODS) {
            noClasses().should().callMethod(NDArray.class, method, Number.class)
                    .because("DJL frees the scalar before a backward pass can read it")
                    .check(classes);
        }
    }
}
