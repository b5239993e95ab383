package org.mire.ir.llvm;

import java.util.HashMap;
import java.util.Map;

/** Every LLVM instruction opcode, by its textual name (LLVM 5 to 22). */
public enum Opcode {
    // terminators
    RET("ret"), BR("br"), SWITCH("switch"), INDIRECTBR("indirectbr"), INVOKE("invoke"), CALLBR("callbr"),
    RESUME("resume"), CATCHSWITCH("catchswitch"), CATCHRET("catchret"), CLEANUPRET("cleanupret"),
    UNREACHABLE("unreachable"),
    // unary and binary
    FNEG("fneg"), ADD("add"), FADD("fadd"), SUB("sub"), FSUB("fsub"), MUL("mul"), FMUL("fmul"),
    UDIV("udiv"), SDIV("sdiv"), FDIV("fdiv"), UREM("urem"), SREM("srem"), FREM("frem"),
    SHL("shl"), LSHR("lshr"), ASHR("ashr"), AND("and"), OR("or"), XOR("xor"),
    // vector and aggregate
    EXTRACTELEMENT("extractelement"), INSERTELEMENT("insertelement"), SHUFFLEVECTOR("shufflevector"),
    EXTRACTVALUE("extractvalue"), INSERTVALUE("insertvalue"),
    // memory
    ALLOCA("alloca"), LOAD("load"), STORE("store"), FENCE("fence"), CMPXCHG("cmpxchg"), ATOMICRMW("atomicrmw"),
    GETELEMENTPTR("getelementptr"),
    // conversions
    TRUNC("trunc"), ZEXT("zext"), SEXT("sext"), FPTRUNC("fptrunc"), FPEXT("fpext"), FPTOUI("fptoui"),
    FPTOSI("fptosi"), UITOFP("uitofp"), SITOFP("sitofp"), PTRTOINT("ptrtoint"), PTRTOADDR("ptrtoaddr"),
    INTTOPTR("inttoptr"), BITCAST("bitcast"), ADDRSPACECAST("addrspacecast"),
    // other
    ICMP("icmp"), FCMP("fcmp"), PHI("phi"), SELECT("select"), FREEZE("freeze"), CALL("call"), VA_ARG("va_arg"),
    LANDINGPAD("landingpad"), CATCHPAD("catchpad"), CLEANUPPAD("cleanuppad");

    private static final Map<String, Opcode> BY_NAME = new HashMap<>();

    static {
        for (Opcode opcode : values()) {
            BY_NAME.put(opcode.llvmName, opcode);
        }
    }

    private final String llvmName;

    Opcode(String llvmName) {
        this.llvmName = llvmName;
    }

    /** The opcode as written in IR, e.g. {@code getelementptr}. */
    public String llvmName() {
        return llvmName;
    }

    /** The opcode with the given textual name, or null. */
    public static Opcode fromName(String name) {
        return BY_NAME.get(name);
    }

    public boolean isTerminator() {
        return ordinal() <= UNREACHABLE.ordinal();
    }

    /** Instructions that transfer control to a function: call, invoke, callbr. */
    public boolean isCall() {
        return this == CALL || this == INVOKE || this == CALLBR;
    }

    @Override
    public String toString() {
        return llvmName;
    }
}
