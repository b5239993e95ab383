// bitonic_step: one compare-exchange stage (k, j) of a bitonic sorting network; the host launches it for every stage.
__kernel void bitonic_step(__global int *keys, const uint k, const uint j) {
    uint i = get_global_id(0);
    uint partner = i ^ j;
    if (partner > i) {
        int a = keys[i], b = keys[partner];
        bool ascending = (i & k) == 0;
        if ((a > b) == ascending) {
            keys[i] = b;
            keys[partner] = a;
        }
    }
}
