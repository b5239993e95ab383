// Numeric kernels that LLVM vectorises and unrolls at -O2: matmul, prefix sums, saturating and checked
// arithmetic, bit tricks, floating point with NaN handling, 128-bit integers, and a match-heavy state machine.
fn matmul(a: &[f32], b: &[f32], c: &mut [f32], n: usize) {
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
}

fn prefix(v: &mut [u64]) {
    for i in 1..v.len() { v[i] = v[i].wrapping_add(v[i - 1]); }
}

fn bits(x: u64) -> (u32, u32, u64, u128) {
    (x.count_ones(), x.leading_zeros(), x.rotate_left(13) ^ x.swap_bytes(), (x as u128) * (x as u128))
}

#[derive(Clone, Copy, Debug)]
enum State { Start, Digit(u32), Dot, Done, Error }

fn lex(s: &str) -> State {
    let mut st = State::Start;
    for c in s.chars() {
        st = match (st, c) {
            (State::Start, '0'..='9') => State::Digit(c as u32 - '0' as u32),
            (State::Digit(n), '0'..='9') => State::Digit(n.saturating_mul(10).saturating_add(c as u32 - 48)),
            (State::Digit(_), '.') => State::Dot,
            (State::Dot, '0'..='9') => State::Done,
            (State::Done, _) | (_, _) => State::Error,
        };
    }
    st
}

fn main() {
    let n = 16;
    let a: Vec<f32> = (0..n * n).map(|i| i as f32 * 0.5).collect();
    let b: Vec<f32> = (0..n * n).map(|i| (i % 7) as f32).collect();
    let mut c = vec![0.0f32; n * n];
    matmul(&a, &b, &mut c, n);
    let mut v: Vec<u64> = (0..1000).collect();
    prefix(&mut v);
    let m = c.iter().cloned().fold(f32::NAN, f32::max);
    println!("{} {} {:?} {:?} {:?}", m, v[999], bits(0xdead_beef_1234), lex("42.5"), 7i32.checked_div(0));
}
