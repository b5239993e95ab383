// Prelude for OpenMM's OpenCL kernels (see opencl-flags.tsv): what OpenCLContext::createProgram puts before every
// kernel in single precision (platforms/opencl/src/OpenCLContext.cpp), then its common.cl.
typedef float real;
typedef float2 real2;
typedef float3 real3;
typedef float4 real4;
typedef float mixed;
typedef float2 mixed2;
typedef float3 mixed3;
typedef float4 mixed4;
#include "common.cl"
