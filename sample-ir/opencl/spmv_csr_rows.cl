// spmv_csr_rows: sparse matrix-vector product y = A x in CSR form, one work-item per row.
__kernel void spmv_csr_rows(const int rows, __global const int *row_ptr, __global const int *col_index,
                            __global const float *values, __global const float *x, __global float *y) {
    int row = get_global_id(0);
    if (row >= rows) return;
    float sum = 0.0f;
    for (int k = row_ptr[row]; k < row_ptr[row + 1]; k++)
        sum += values[k] * x[col_index[k]];
    y[row] = sum;
}
