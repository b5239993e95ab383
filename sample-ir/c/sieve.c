// sieve: sieve of Eratosthenes counting primes below a limit and summing the twin-prime pairs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sieve(int limit, unsigned char *composite) {
    memset(composite, 0, (size_t)limit);
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i < limit; i++)
        if (!composite[i])
            for (long j = i * i; j < limit; j += i) composite[j] = 1;
    int count = 0;
    for (int i = 2; i < limit; i++) count += !composite[i];
    return count;
}

static int twin_pairs(int limit, const unsigned char *composite) {
    int pairs = 0;
    for (int i = 3; i + 2 < limit; i += 2)
        if (!composite[i] && !composite[i + 2]) pairs++;
    return pairs;
}

int main(void) {
    const int limit = 100000;
    unsigned char *composite = malloc((size_t)limit);
    if (!composite) return 2;
    int primes = sieve(limit, composite);
    int twins = twin_pairs(limit, composite);
    printf("sieve primes below %d: %d, twin pairs: %d\n", limit, primes, twins);
    free(composite);
    return primes == 9592 && twins == 1224 ? 0 : 1; // pi(10^5) = 9592, twin pairs below 10^5 = 1224
}
