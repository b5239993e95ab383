package org.mire.ir.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.ir.llvm.LlvmType.Kind;

/** Interns the types of one module and builds their canonical text once per distinct type. */
final class TypeTable {
    /** LLVM's limit on integer widths (IntegerType::MAX_INT_BITS). */
    static final int MAX_INT_BITS = 1 << 23;

    private final Map<String, LlvmType> primitives = new HashMap<>();
    private final Map<String, LlvmType> named = new LinkedHashMap<>();
    private final Map<Object, LlvmType> composite = new HashMap<>();
    private final LlvmType[] smallIntegers = new LlvmType[129];

    final LlvmType voidType;
    final LlvmType i1;
    final LlvmType i32;
    final LlvmType label;
    final LlvmType metadata;
    final LlvmType token;
    final LlvmType ptr;

    private record Pointer(LlvmType pointee, int addressSpace) {
    }

    private record Sequence(boolean vector, long count, boolean scalable, LlvmType element) {
    }

    private record Struct(boolean packed, List<LlvmType> members) {
    }

    private record FunctionKey(LlvmType ret, List<LlvmType> params, boolean varArg) {
    }

    private record OpaquePointer(int addressSpace) {
    }

    TypeTable() {
        voidType = primitive("void", Kind.VOID);
        label = primitive("label", Kind.LABEL);
        metadata = primitive("metadata", Kind.METADATA);
        token = primitive("token", Kind.TOKEN);
        for (String f : new String[] {"half", "bfloat", "float", "double", "x86_fp80", "fp128", "ppc_fp128"}) {
            primitive(f, Kind.FLOATING);
        }
        primitive("x86_mmx", Kind.OTHER);
        primitive("x86_amx", Kind.OTHER);
        ptr = opaquePointer(0);
        primitives.put("ptr", ptr);
        i1 = integer(1);
        i32 = integer(32);
    }

    private LlvmType primitive(String name, Kind kind) {
        LlvmType t = new LlvmType(kind, name, null, null, 0, false, 0);
        primitives.put(name, t);
        return t;
    }

    /** A keyword type ({@code void}, {@code float}, {@code ptr}, ...), or null. Integer types are separate. */
    LlvmType primitive(String keyword) {
        return primitives.get(keyword);
    }

    LlvmType integer(int bits) {
        if (bits < smallIntegers.length) {
            LlvmType t = smallIntegers[bits];
            if (t == null) {
                t = new LlvmType(Kind.INTEGER, "i" + bits, null, null, bits, false, 0);
                smallIntegers[bits] = t;
            }
            return t;
        }
        return composite.computeIfAbsent(bits, b -> new LlvmType(Kind.INTEGER, "i" + b, null, null, bits, false, 0));
    }

    LlvmType opaquePointer(int addressSpace) {
        return composite.computeIfAbsent(new OpaquePointer(addressSpace), k -> new LlvmType(Kind.OPAQUE_POINTER,
                addressSpace == 0 ? "ptr" : "ptr addrspace(" + addressSpace + ")", null, null, 0, false,
                addressSpace));
    }

    LlvmType pointerTo(LlvmType pointee, int addressSpace) {
        return composite.computeIfAbsent(new Pointer(pointee, addressSpace), k -> new LlvmType(Kind.TYPED_POINTER,
                addressSpace == 0 ? pointee.text + "*" : pointee.text + " addrspace(" + addressSpace + ")*",
                pointee, null, 0, false, addressSpace));
    }

    LlvmType array(long count, LlvmType element) {
        return composite.computeIfAbsent(new Sequence(false, count, false, element), k -> new LlvmType(Kind.ARRAY,
                "[" + count + " x " + element.text + "]", element, null, count, false, 0));
    }

    LlvmType vector(long count, boolean scalable, LlvmType element) {
        return composite.computeIfAbsent(new Sequence(true, count, scalable, element), k -> new LlvmType(Kind.VECTOR,
                (scalable ? "<vscale x " : "<") + count + " x " + element.text + ">", element, null, count,
                scalable, 0));
    }

    LlvmType struct(List<LlvmType> members, boolean packed) {
        return composite.computeIfAbsent(new Struct(packed, List.copyOf(members)), k -> {
            StringBuilder text = new StringBuilder(packed ? "<{" : "{");
            for (int i = 0; i < members.size(); i++) {
                text.append(i == 0 ? " " : ", ").append(members.get(i).text);
            }
            text.append(members.isEmpty() ? "" : " ").append(packed ? "}>" : "}");
            return new LlvmType(Kind.STRUCT, text.toString(), null, members.toArray(new LlvmType[0]),
                    members.size(), packed, 0);
        });
    }

    LlvmType function(LlvmType ret, List<LlvmType> params, boolean varArg) {
        return composite.computeIfAbsent(new FunctionKey(ret, List.copyOf(params), varArg), k -> {
            StringBuilder text = new StringBuilder(ret.text).append(" (");
            for (int i = 0; i < params.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(params.get(i).text);
            }
            if (varArg) {
                text.append(params.isEmpty() ? "..." : ", ...");
            }
            text.append(')');
            return new LlvmType(Kind.FUNCTION, text.toString(), ret, params.toArray(new LlvmType[0]),
                    params.size(), varArg, 0);
        });
    }

    /** {@code target("name", types..., ints...)}, canonicalised from its parts. */
    LlvmType target(String canonicalText) {
        return composite.computeIfAbsent("target:" + canonicalText,
                k -> new LlvmType(Kind.OTHER, canonicalText, null, null, 0, false, 0));
    }

    /** The named type {@code %name} (name with sigil), created on first mention, defined later. */
    LlvmType named(String name, int useOffset) {
        LlvmType t = named.get(name);
        if (t == null) {
            t = new LlvmType(Kind.NAMED, name, null, null, 0, false, 0);
            t.firstUse = useOffset;
            named.put(name, t);
        }
        return t;
    }

    /** Named types that were used but never defined. */
    List<LlvmType> undefinedNamedTypes() {
        List<LlvmType> undefined = new ArrayList<>();
        for (LlvmType t : named.values()) {
            if (t.body == null) {
                undefined.add(t);
            }
        }
        return undefined;
    }

    /** Vector of {@code element} with the same length (and scalability) as {@code shape}. */
    LlvmType vectorLike(LlvmType shape, LlvmType element) {
        return vector(shape.count, shape.flag, element);
    }
}
