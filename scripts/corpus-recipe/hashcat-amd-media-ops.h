// Prelude for hashcat's kernels (see opencl-flags.tsv): with VENDOR_ID=1 (AMD) hashcat calls amd_bitalign from the
// cl_amd_media_ops extension, which AMD's OpenCL compiler declares as a builtin and clang does not. Declared
// overloadable, the call is mangled as a builtin call would be.
uint __attribute__((overloadable)) amd_bitalign(uint a, uint b, uint c);
